/**
 * The dashboard's few styles of its own, served as `/finance/assets/finance.css` (the pages' policy allows no inline
 * style): the grey panel a statement's summary sits in, as the real app draws it.
 */
export const FINANCE_STYLESHEET = `.finance-panel {
  background-color: #f3f2f1;
  padding: 20px;
  margin-bottom: 30px;
}
.finance-panel__row {
  display: flex;
  justify-content: space-between;
  gap: 20px;
}
.finance-panel__row > * {
  margin-bottom: 5px;
}
`;
