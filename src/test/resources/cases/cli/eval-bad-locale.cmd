eval models/ijsselland --locale fr
