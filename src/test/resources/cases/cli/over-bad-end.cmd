query models/ijsselland azc --over '2023-01 .. 2023-13'
