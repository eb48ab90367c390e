query models/ijsselland azc --at 2023-13-01
