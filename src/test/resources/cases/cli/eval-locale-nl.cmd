eval models/ijsselland --locale nl
