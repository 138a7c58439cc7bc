from desktop_oms.app import main

raise SystemExit(main())
