query models/ijsselland "capacity[IJsselland, kind in (AZC, NO, ROL)]" --at 2023-07-01
