eval models/ijsselland --color=sometimes
