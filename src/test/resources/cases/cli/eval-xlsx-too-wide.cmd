eval src/test/resources/cases/cli/wide-report.caplan --format xlsx -o no/such/folder/wide.xlsx
