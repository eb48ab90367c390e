query models/ijsselland azc --at 2023-7-1
