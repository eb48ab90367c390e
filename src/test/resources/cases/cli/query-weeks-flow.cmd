query models/ijsselland 'status_holders[IJsselland]' --over '2022-W52 .. 2023-W02'
