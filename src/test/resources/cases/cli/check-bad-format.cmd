check models/ijsselland --format xml
