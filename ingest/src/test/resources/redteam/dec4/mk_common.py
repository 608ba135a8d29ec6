import shutil, os
SAMPLES='/work/h-redteam/samples/data'
def base(case, drop=()):
    d=f'/work/redteam/{case}/data'
    if os.path.exists(d): shutil.rmtree(d)
    shutil.copytree(SAMPLES, d)
    for p in drop: os.remove(os.path.join(d,p))
    return d
