explain models/ijsselland azc --at 2023-02-30
