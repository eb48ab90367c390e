query models/ijsselland 'capacity' --at 2021-W53
