query models/ijsselland
