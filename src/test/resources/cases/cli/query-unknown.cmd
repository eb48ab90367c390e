query models/ijsselland 'capacity[Deventr]' --at 2023-01-01
