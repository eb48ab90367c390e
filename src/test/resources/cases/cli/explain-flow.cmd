explain models/ijsselland 'sum(due(status_holders[IJsselland]) over 2022-H2)' --over 2022-H2
