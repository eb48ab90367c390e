names models/ijsselland --reports
