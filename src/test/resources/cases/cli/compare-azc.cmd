compare models/ijsselland --scenarios firm,expected,optimistic azc --at 2023-07-01
