#!/usr/bin/env bash
# A private RabbitMQ node for tests: its own port, data directory and node name, so it never
# touches a system broker. Usage: rabbitmq-node.sh start|stop|queues DIR PORT DIST_PORT (two free ports: AMQP and
# Erlang distribution; a port derived from the AMQP one can fall outside 1-65535).
set -euo pipefail
cmd=$1 dir=$2 port=$3 dist_port=$4
export HOME=$dir RABBITMQ_NODENAME=infoseek-test-$port@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 \
  RABBITMQ_NODE_PORT=$port RABBITMQ_DIST_PORT=$dist_port RABBITMQ_MNESIA_BASE=$dir/mnesia \
  RABBITMQ_LOG_BASE=$dir/log RABBITMQ_CONFIG_FILE=$dir/rabbitmq \
  RABBITMQ_ENABLED_PLUGINS_FILE=$dir/enabled_plugins RABBITMQ_PID_FILE=$dir/rabbit.pid \
  ERL_EPMD_ADDRESS=127.0.0.1 \
  RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
# The binaries in /usr/lib/rabbitmq/bin, not the /usr/sbin wrappers: those switch user and break the cookie.
export PATH=/usr/lib/rabbitmq/bin:$PATH
case $cmd in
  start)
    mkdir -p "$dir/mnesia" "$dir/log"
    echo '[].' > "$RABBITMQ_ENABLED_PLUGINS_FILE"
    : > "$dir/rabbitmq.conf"
    rabbitmq-server > "$dir/stdout.log" 2>&1 &
    # Generous timeouts: on a loaded 2-core machine the Erlang VM can take minutes to boot.
    if ! rabbitmqctl -n "$RABBITMQ_NODENAME" wait "$RABBITMQ_PID_FILE" --timeout 240 > /dev/null ||
       ! rabbitmqctl -n "$RABBITMQ_NODENAME" await_startup --timeout 240 > /dev/null; then
      echo "the broker's own output:" >&2
      tail -n 30 "$dir/stdout.log" >&2
      exit 75
    fi
    ;;
  queues)
    # name, messages ready, messages delivered and not yet acknowledged: one queue per line, tab-separated.
    rabbitmqctl -n "$RABBITMQ_NODENAME" list_queues -q --no-table-headers name messages_ready messages_unacknowledged
    ;;
  stop)
    rabbitmqctl -n "$RABBITMQ_NODENAME" stop > /dev/null 2>&1 || true
    ;;
  *) echo "usage: $0 start|stop|queues DIR PORT DIST_PORT" >&2; exit 2 ;;
esac
