eval models/ijsselland --format xlsx
