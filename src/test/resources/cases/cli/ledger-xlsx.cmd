ledger models/ijsselland status_holders[IJsselland] --format xlsx
