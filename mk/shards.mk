# Scale-out test: two shard clusters and a coordinator on loopback, the news
# table spread with postgres_fdw (and PL/Proxy RUN ON ALL when installed);
# the sharded actor aggregates must equal the single-node ones.
# Runs after the database suites of `make test`; alone: `make test-shards`.
.PHONY: test-shards
TEST_EXTRA += test-shards

test-shards: install
	PG_CONFIG='$(PG_CONFIG)' sh test/shards/run.sh
