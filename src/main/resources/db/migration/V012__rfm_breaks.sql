-- shopops store: RFM breaks computed once per version of the customer figures (issue 15), so that
-- `customers show` and the lists score a buyer from the cut points instead of ranking every buyer.
-- Never edit once landed.
--
-- figures_version: one row, bumped by every transaction that changes customer_figures (the
-- upkeep's refresh and rebuild, store.CustomerFigureUpkeep). Cached breaks of another version are
-- stale and never read.
CREATE TABLE figures_version (
  version INTEGER NOT NULL
);

INSERT INTO figures_version (version) VALUES (1);

-- The cut points of one scoring (domain.customers.RfmBreaks): one row per dimension ('r', 'f',
-- 'm') and cut k = 1..bins-1 (where bin k+1 starts). QUANTILE: bound is the k-th bound times bins;
-- NTILE: bound and customer_id are the first buyer of bin k+1 (customer_id NULL: the bin is
-- empty). method names the binning, bins, monetary shift and default currency; as_of_day is the
-- day recency counts to (store.RfmBreakCache).
CREATE TABLE rfm_breaks (
  as_of_day   TEXT NOT NULL,
  method      TEXT NOT NULL,
  dimension   TEXT NOT NULL,
  k           INTEGER NOT NULL,
  version     INTEGER NOT NULL,
  bound       INTEGER NOT NULL,
  customer_id TEXT,
  PRIMARY KEY (as_of_day, method, dimension, k)
);
