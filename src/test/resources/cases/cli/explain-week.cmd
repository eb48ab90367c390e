explain models/ijsselland 'sum(status_holders[IJsselland] over 2023-W02)' --at 2023-01-09
