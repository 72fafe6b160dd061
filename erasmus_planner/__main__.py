from erasmus_planner.cli.main import main

raise SystemExit(main())
