query models/ijsselland '-azc + cno' --at 2023-07-01
