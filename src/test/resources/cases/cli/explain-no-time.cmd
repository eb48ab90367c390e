explain models/ijsselland azc
