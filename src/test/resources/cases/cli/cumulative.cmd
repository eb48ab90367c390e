query models/ijsselland 'cumulative(status_holders[IJsselland]) - cumulative(actual(status_holders[IJsselland]))' --over '2022-H2 .. 2023-H2'
