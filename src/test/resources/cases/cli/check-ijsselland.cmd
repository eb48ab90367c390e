check models/ijsselland
