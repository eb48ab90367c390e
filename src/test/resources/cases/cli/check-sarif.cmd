check models/ijsselland --format sarif
