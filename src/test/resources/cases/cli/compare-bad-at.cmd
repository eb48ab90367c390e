compare models/ijsselland --scenarios firm,optimistic azc --at 2023-02-30
