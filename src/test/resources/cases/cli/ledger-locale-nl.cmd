ledger models/ijsselland status_holders[IJsselland] --locale nl
