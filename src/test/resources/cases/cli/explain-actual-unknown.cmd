explain models/ijsselland 'actual(status_holders[IJsselland])' --over 2023-H1
