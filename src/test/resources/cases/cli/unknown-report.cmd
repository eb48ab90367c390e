eval models/ijsselland --report table_z
