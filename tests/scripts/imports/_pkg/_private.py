SECRET = "s3cret"
