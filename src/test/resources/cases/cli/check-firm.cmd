check models/ijsselland --scenario firm
