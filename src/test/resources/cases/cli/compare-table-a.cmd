compare models/ijsselland --scenarios firm,expected,optimistic --report table_a
