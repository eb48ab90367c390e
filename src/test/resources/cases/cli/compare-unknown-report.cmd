compare models/ijsselland --scenarios firm,optimistic --report table_z
