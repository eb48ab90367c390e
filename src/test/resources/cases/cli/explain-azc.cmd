explain models/ijsselland azc --at 2023-07-01
