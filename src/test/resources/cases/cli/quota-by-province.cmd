query src/test/resources/cases/eval/quota-groups.caplan 'azc_places[Netherlands] by province' --at 2023-01-01
