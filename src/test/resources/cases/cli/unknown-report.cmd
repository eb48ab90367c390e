eval models/ijsselland --report table_b
