query models/ijsselland --at 2023-07-01 -- '-azc + cno'
