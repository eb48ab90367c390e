query models/ijsselland 'capacity[Deventer] by kind' --at 2023-03-01
