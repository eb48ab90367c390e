names models/ijsselland --scenarios
