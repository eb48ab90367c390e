compare models/ijsselland --scenarios firm,nosuch --report table_a
