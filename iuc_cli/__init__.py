"""`iuc`: the IUC Platform's command line for regional Covenant offices and the coordination unit,
on top of the generated `iuc_client` SDK (sdk/)."""
