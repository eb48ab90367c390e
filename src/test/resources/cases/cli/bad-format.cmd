eval models/ijsselland --format xml
