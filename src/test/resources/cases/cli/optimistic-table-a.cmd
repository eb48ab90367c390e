eval models/ijsselland --scenario optimistic --report table_a
