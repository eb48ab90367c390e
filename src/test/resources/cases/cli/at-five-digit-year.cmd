query models/ijsselland azc --at 20231-01-01
