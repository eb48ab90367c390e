eval --report table_a -- models/ijsselland
