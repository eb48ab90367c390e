check models/ijsselland --format json
