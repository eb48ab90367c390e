query models/ijsselland 'status_holders[IJsselland]' --over '2022-10-01 .. 2023-03-31'
